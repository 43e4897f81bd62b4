package stockassistant.bootstrap.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rules against the real code of every module (test classes and test-jars excluded). */
@AnalyzeClasses(packages = "stockassistant",
    importOptions = {ImportOption.DoNotIncludeTests.class, ExcludeTestJars.class})
class LayeringTest {
  @ArchTest
  static final ArchRule domainUsesOnlyTheJdk = LayeringRules.DOMAIN_USES_ONLY_THE_JDK;
  @ArchTest
  static final ArchRule applicationSeesOnlyTheDomain = LayeringRules.APPLICATION_SEES_ONLY_THE_DOMAIN;
  @ArchTest
  static final ArchRule applicationStartsNoThreadByHand =
      LayeringRules.APPLICATION_STARTS_NO_THREAD_BY_HAND;
  @ArchTest
  static final ArchRule persistenceDoesNotSeeTheWeb = LayeringRules.PERSISTENCE_DOES_NOT_SEE_THE_WEB;
  @ArchTest
  static final ArchRule webDoesNotSeePersistence = LayeringRules.WEB_DOES_NOT_SEE_PERSISTENCE;
  @ArchTest
  static final ArchRule onlyBootstrapWiresGuice = LayeringRules.ONLY_BOOTSTRAP_WIRES_GUICE;
  @ArchTest
  static final ArchRule onlyUseCasesOpenUnitsOfWork = LayeringRules.ONLY_USE_CASES_OPEN_UNITS_OF_WORK;
  @ArchTest
  static final ArchRule onlyThePoolOpensConnections = LayeringRules.ONLY_THE_POOL_OPENS_CONNECTIONS;
  @ArchTest
  static final ArchRule webNeverHoldsAUnitOfWork = LayeringRules.WEB_NEVER_HOLDS_A_UNIT_OF_WORK;
  @ArchTest
  static final ArchRule tushareProtocolOnlyReads = LayeringRules.TUSHARE_PROTOCOL_ONLY_READS;
  @ArchTest
  static final ArchRule noPackageCycles = LayeringRules.NO_PACKAGE_CYCLES;
}
