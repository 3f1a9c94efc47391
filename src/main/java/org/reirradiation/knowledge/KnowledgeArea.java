package org.reirradiation.knowledge;

import org.reirradiation.model.Site;

/** The folders of the rules directory: the cross-site rules and one per tumour site. */
public enum KnowledgeArea {
    COMMON("common", "common", "common", null),
    HEAD_AND_NECK("head-and-neck", "headandneck", "hn", Site.HEAD_AND_NECK),
    BREAST("breast", "breast", "br", Site.BREAST),
    CERVIX("cervix", "cervix", "cx", Site.CERVIX),
    RECTUM("rectum", "rectum", "re", Site.RECTUM),
    BRAIN("brain", "brain", "brn", Site.BRAIN);

    /** DRL packages live under this name, one sub-package per folder (a hyphen is not legal there). */
    public static final String RULES_PACKAGE = "org.reirradiation.rules";

    private final String folder;
    private final String drlPackage;
    private final String parameterPrefix;
    private final Site site;

    KnowledgeArea(String folder, String packageSuffix, String parameterPrefix, Site site) {
        this.folder = folder;
        this.drlPackage = RULES_PACKAGE + "." + packageSuffix;
        this.parameterPrefix = parameterPrefix;
        this.site = site;
    }

    public String folder() {
        return folder;
    }

    public String drlPackage() {
        return drlPackage;
    }

    public String parameterPrefix() {
        return parameterPrefix;
    }

    /** The site whose cases this area's rules judge; null for the common rules, which judge every case. */
    public Site site() {
        return site;
    }

    public static KnowledgeArea of(Site site) {
        for (KnowledgeArea area : values()) {
            if (area.site == site) {
                return area;
            }
        }
        throw new IllegalArgumentException("no knowledge area for " + site);
    }

    static KnowledgeArea ofFolder(String folder) {
        for (KnowledgeArea area : values()) {
            if (area.folder.equals(folder)) {
                return area;
            }
        }
        return null;
    }
}
