package org.reirradiation.model;

/** Salvage surgery in the reirradiation pathway. */
public enum SalvageSurgery {
    NONE, PLANNED, DONE
}
