package stockassistant.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import stockassistant.adapters.persistence.archfixture.RepositoryThatOpensItsOwnTransaction;
import stockassistant.adapters.persistence.archfixture.RepositoryThatRendersHttp;
import stockassistant.adapters.web.archfixture.RouteThatOpensATransaction;
import stockassistant.adapters.web.archfixture.RouteThatQueriesTheDatabase;
import stockassistant.adapters.web.tushare.archfixture.TushareApiThatWrites;
import stockassistant.application.archfixture.ModuleOutsideBootstrap;
import stockassistant.application.archfixture.UseCaseThatStartsAThread;
import stockassistant.application.archfixture.UseCaseThatBorrowsConnections;
import stockassistant.archfixture.cycle.a.First;
import stockassistant.archfixture.cycle.b.Second;
import stockassistant.bootstrap.archfixture.CommandWithItsOwnDriverSettings;
import stockassistant.domain.archfixture.DomainClassThatLogs;

/** Each rule fails on a deliberately bad fixture kept in test sources, naming the offender. */
class LayeringRulesCatchViolationsTest {

  @Test
  void domainRuleNamesADomainClassThatLogs() {
    assertViolation(LayeringRules.DOMAIN_USES_ONLY_THE_JDK, DomainClassThatLogs.class);
  }

  @Test
  void applicationRuleNamesAUseCaseHoldingAPool() {
    assertViolation(LayeringRules.APPLICATION_SEES_ONLY_THE_DOMAIN, UseCaseThatBorrowsConnections.class);
  }

  @Test
  void threadRuleNamesAUseCaseStartingItsOwnThread() {
    assertViolation(LayeringRules.APPLICATION_STARTS_NO_THREAD_BY_HAND,
        UseCaseThatStartsAThread.class);
  }

  @Test
  void adapterRuleNamesARouteUsingPersistence() {
    assertViolation(LayeringRules.WEB_DOES_NOT_SEE_PERSISTENCE, RouteThatQueriesTheDatabase.class);
  }

  @Test
  void adapterRuleNamesARepositoryUsingTheWeb() {
    assertViolation(LayeringRules.PERSISTENCE_DOES_NOT_SEE_THE_WEB, RepositoryThatRendersHttp.class);
  }

  @Test
  void unitOfWorkRuleNamesARepositoryOpeningItsOwn() {
    assertViolation(LayeringRules.ONLY_USE_CASES_OPEN_UNITS_OF_WORK,
        RepositoryThatOpensItsOwnTransaction.class);
  }

  @Test
  void driverRuleNamesACommandWithItsOwnDriverSettings() {
    assertViolation(LayeringRules.ONLY_THE_POOL_OPENS_CONNECTIONS,
        CommandWithItsOwnDriverSettings.class);
  }

  @Test
  void webRuleNamesARouteHoldingAUnitOfWork() {
    assertViolation(LayeringRules.WEB_NEVER_HOLDS_A_UNIT_OF_WORK, RouteThatOpensATransaction.class);
  }

  @Test
  void tushareRuleNamesAnApiThatWrites() {
    assertViolation(LayeringRules.TUSHARE_PROTOCOL_ONLY_READS, TushareApiThatWrites.class);
  }

  @Test
  void guiceRuleNamesAModuleOutsideBootstrap() {
    assertViolation(LayeringRules.ONLY_BOOTSTRAP_WIRES_GUICE, ModuleOutsideBootstrap.class);
  }

  @Test
  void cycleRuleNamesBothPackages() {
    JavaClasses classes = new ClassFileImporter().importClasses(First.class, Second.class);
    assertThatThrownBy(() -> LayeringRules.NO_PACKAGE_CYCLES.check(classes))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("archfixture.cycle.a").hasMessageContaining("archfixture.cycle.b");
  }

  private static void assertViolation(ArchRule rule, Class<?> offender) {
    JavaClasses classes = new ClassFileImporter().importClasses(offender);
    assertThatThrownBy(() -> rule.check(classes))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(offender.getName());
  }
}
