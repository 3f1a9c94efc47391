package org.reirradiation.model;

/** Tumour site of the case; site rules fire only for their own site. */
public enum Site {
    HEAD_AND_NECK, BREAST, CERVIX, RECTUM, BRAIN
}
