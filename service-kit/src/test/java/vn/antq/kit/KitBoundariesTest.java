package vn.antq.kit;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import vn.antq.testsupport.Boundaries;

/** The kit's boundaries of docs/DESIGN.md ("Boundaries"); a failure names the rule it breaks. */
class KitBoundariesTest {

    static final JavaClasses MAIN = Boundaries.mainClassesOf("vn.antq.kit");

    @Test
    void theKitKnowsNoService() {
        Boundaries.kitKnowsNoService().check(MAIN);
    }

    @Test
    void noCyclesBetweenTheKitsPackages() {
        Boundaries.noCyclesBetweenPackages("vn.antq.kit").check(MAIN);
    }

    @Test
    void theKitsPackagesGoOneWay() {
        Boundaries.kitPackagesInOneDirection().forEach(rule -> rule.check(MAIN));
    }
}
