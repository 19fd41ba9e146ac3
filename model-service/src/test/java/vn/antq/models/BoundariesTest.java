package vn.antq.models;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import vn.antq.testsupport.Boundaries;

/** The boundaries of docs/DESIGN.md ("Boundaries") for this module; a failure names the rule it breaks. */
class BoundariesTest {

    static final JavaClasses MAIN = Boundaries.mainClassesOf("vn.antq.models");

    /** The domain: each aggregate, its details, rule exceptions, form and validation. */
    static final String[] DOMAIN = {
            "vn.antq.models.model.Model",
            "vn.antq.models.model.ModelDetails",
            "vn.antq.models.model.ModelRuleBroken",
            "vn.antq.models.model.ModelValidation",
            "vn.antq.models.model.ModelForm",
            "vn.antq.models.model.StatusForm",
            "vn.antq.models.model.RehomeForm",
            "vn.antq.models.model.Overlap",
            "vn.antq.models.model.FormerLocality",
            "vn.antq.models.report.ModelReport",
            "vn.antq.models.report.ReportFigures",
            "vn.antq.models.report.ReportValidation",
            "vn.antq.models.report.ReportForm",
            "vn.antq.models.modeltype.ModelType",
            "vn.antq.models.modeltype.ModelTypeForm"
    };

    @Test
    void domainCodeIsPlainJava() {
        Boundaries.domainIsPlain(DOMAIN).check(MAIN);
    }

    @Test
    void noServiceImportsAnother() {
        Boundaries.noServiceImportsAnother("vn.antq.models").check(MAIN);
    }

    @Test
    void noCyclesBetweenPackages() {
        Boundaries.noCyclesBetweenPackages("vn.antq.models").check(MAIN);
    }
}
