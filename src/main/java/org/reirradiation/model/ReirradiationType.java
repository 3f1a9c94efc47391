package org.reirradiation.model;

/** ESTRO-EORTC reirradiation type. */
public enum ReirradiationType {
    TYPE_1, TYPE_2, REPEAT_ORGAN_IRRADIATION, REPEAT_IRRADIATION, UNDETERMINED
}
