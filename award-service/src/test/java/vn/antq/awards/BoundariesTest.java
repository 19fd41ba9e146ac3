package vn.antq.awards;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import vn.antq.testsupport.Boundaries;

/** The boundaries of docs/DESIGN.md ("Boundaries") for this module; a failure names the rule it breaks. */
class BoundariesTest {

    static final JavaClasses MAIN = Boundaries.mainClassesOf("vn.antq.awards");

    /** The domain: each aggregate, its details, rule exceptions, form and validation. */
    static final String[] DOMAIN = {
            "vn.antq.awards.review.Review",
            "vn.antq.awards.review.ReviewDetails",
            "vn.antq.awards.review.ReviewValidation",
            "vn.antq.awards.review.ReviewForm",
            "vn.antq.awards.review.OrganiserCannotChange",
            "vn.antq.awards.award.Award",
            "vn.antq.awards.award.AwardDetails",
            "vn.antq.awards.award.Decision",
            "vn.antq.awards.award.Names",
            "vn.antq.awards.award.Nomination",
            "vn.antq.awards.award.NominationValidation",
            "vn.antq.awards.award.DecisionValidation",
            "vn.antq.awards.award.StepNotAllowed",
            "vn.antq.awards.award.DecisionForm",
            "vn.antq.awards.award.RevocationForm",
            "vn.antq.awards.Submitted"
    };

    @Test
    void domainCodeIsPlainJava() {
        Boundaries.domainIsPlain(DOMAIN).check(MAIN);
    }

    @Test
    void noServiceImportsAnother() {
        Boundaries.noServiceImportsAnother("vn.antq.awards").check(MAIN);
    }

    @Test
    void noCyclesBetweenPackages() {
        Boundaries.noCyclesBetweenPackages("vn.antq.awards").check(MAIN);
    }
}
