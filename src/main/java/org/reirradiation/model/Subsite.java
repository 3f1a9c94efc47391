package org.reirradiation.model;

/** Subsite of the recurrence; BREAST is the breast after conservation, CHEST_WALL after mastectomy. */
public enum Subsite {
    NASOPHARYNX, OROPHARYNX, ORAL_CAVITY, LARYNX, HYPOPHARYNX, SINONASAL, SALIVARY_GLAND, NECK, BREAST, CHEST_WALL, REGIONAL_NODES, CENTRAL_PELVIS, VAGINAL_VAULT, PELVIC_SIDEWALL, PARA_AORTIC_NODES, PELVIS, BRAIN
}
