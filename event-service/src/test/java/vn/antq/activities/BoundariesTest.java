package vn.antq.activities;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import vn.antq.testsupport.Boundaries;

/** The boundaries of docs/DESIGN.md ("Boundaries") for this module; a failure names the rule it breaks. */
class BoundariesTest {

    static final JavaClasses MAIN = Boundaries.mainClassesOf("vn.antq.activities");

    /** The domain: each aggregate, its details, rule exceptions, form and validation. */
    static final String[] DOMAIN = {
            "vn.antq.activities.activity.Activity",
            "vn.antq.activities.activity.ActivityDetails",
            "vn.antq.activities.activity.ActivityRuleBroken",
            "vn.antq.activities.activity.ActivityValidation",
            "vn.antq.activities.activity.ActivityForm",
            "vn.antq.activities.outcome.Outcome",
            "vn.antq.activities.outcome.OutcomeFigures",
            "vn.antq.activities.outcome.OutcomeValidation",
            "vn.antq.activities.outcome.OutcomeForm",
            "vn.antq.activities.training.Training",
            "vn.antq.activities.training.TrainingDetails",
            "vn.antq.activities.training.TrainingRuleBroken",
            "vn.antq.activities.training.TrainingValidation",
            "vn.antq.activities.training.TrainingForm",
            "vn.antq.activities.material.Material",
            "vn.antq.activities.material.MaterialDetails",
            "vn.antq.activities.material.MaterialRuleBroken",
            "vn.antq.activities.material.MaterialValidation",
            "vn.antq.activities.material.MaterialForm",
            "vn.antq.activities.material.Distribution",
            "vn.antq.activities.material.DistributionDetails",
            "vn.antq.activities.material.DistributionValidation",
            "vn.antq.activities.material.DistributionForm",
            "vn.antq.activities.material.UnitCodes",
            "vn.antq.activities.material.Units"
    };

    @Test
    void domainCodeIsPlainJava() {
        Boundaries.domainIsPlain(DOMAIN).check(MAIN);
    }

    @Test
    void noServiceImportsAnother() {
        Boundaries.noServiceImportsAnother("vn.antq.activities").check(MAIN);
    }

    @Test
    void noCyclesBetweenPackages() {
        Boundaries.noCyclesBetweenPackages("vn.antq.activities").check(MAIN);
    }
}
