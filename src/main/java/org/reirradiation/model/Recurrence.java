package org.reirradiation.model;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The recurrence (or second primary) to be treated. The first block is common to every site; the
 * later blocks are site-specific and, like every field, optional.
 */
public record Recurrence(
        LocalDate diagnosisDate,
        Boolean histologyConfirmed,
        Boolean biopsyFeasible,
        Histology histology,
        Subsite subsite,
        TriState overlapWithPriorVolume,
        Boolean sameOrgan,
        Double maxDiameterCm,
        Double volumeCc,
        String rStage,
        Boolean nodalRecurrence,
        TriState resectable,
        Margin expectedMargin,
        TriState distantMetastases,
        Boolean symptomatic,
        Boolean imagingEquivocal,
        Double carotidEncasementDegrees,
        Boolean ulceration,
        Boolean skinInvasion,
        List<Imaging> imaging,
        // head and neck
        Double distanceToInternalCarotidMm,
        Boolean deepParapharyngealExtension,
        Boolean retropharyngealNodes,
        Boolean secondPrimary,
        Boolean positiveMargin,
        Boolean extranodalExtension,
        Boolean hpvPositive,
        // breast
        Boolean unifocal,
        Boolean marginsNegative,
        Boolean nodalInvolvement,
        Boolean reconstruction,
        Boolean receptorStatusKnown,
        Boolean hormoneReceptorPositive,
        Boolean her2Positive,
        // cervix
        Boolean pelvicSidewall,
        List<Organ> organInvasion,
        Boolean existingFistula,
        Boolean recentInvasiveProcedure,
        // rectum
        Compartment compartment,
        Double bowelDistanceMm,
        Boolean priorRadiationInjury,
        // brain
        Integer whoGrade,
        Boolean idhMutant,
        Boolean mgmtMethylated,
        Boolean eloquentLocation,
        Boolean firstRecurrence,
        Boolean abutsBrainstemOrOpticApparatus,
        Double weeksSinceSurgery,
        Boolean steroidDependent,
        Boolean recentHaemorrhage) {

    /** "rT1".."rT4" with an optional letter; "rT4a" counts as rT4. */
    public static final Pattern R_STAGE = Pattern.compile("rT([1-4])[a-d]?");

    static final Recurrence UNKNOWN = new Recurrence(null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null);

    /** The T category of the recurrence as a number 1-4, or null when unknown. */
    public Integer rStageNumber() {
        if (rStage == null) {
            return null;
        }
        Matcher matcher = R_STAGE.matcher(rStage);
        return matcher.matches() ? Integer.valueOf(matcher.group(1)) : null;
    }
}
