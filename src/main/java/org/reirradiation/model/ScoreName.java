package org.reirradiation.model;

/** Prognostic scores the knowledge base computes. */
public enum ScoreName {
    MIRI_RPA, TIAN_NPC, PARK_RESECTION, COMBS_GLIOMA
}
