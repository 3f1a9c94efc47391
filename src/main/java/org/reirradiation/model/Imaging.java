package org.reirradiation.model;

/** Imaging done for the recurrence. */
public enum Imaging {
    MRI, PERFUSION_MRI, DIFFUSION_MRI, FDG_PET_CT, AMINO_ACID_PET, CT
}
