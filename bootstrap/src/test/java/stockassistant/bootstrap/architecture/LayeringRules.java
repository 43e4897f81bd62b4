package stockassistant.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.lang.ArchRule;
import java.sql.DriverManager;
import stockassistant.adapters.persistence.pool.DriverProperties;
import stockassistant.domain.transaction.UnitOfWork;

/** The layering of ARCHITECTURE.md, as rules that name the offending class when broken. */
final class LayeringRules {
  private LayeringRules() {}

  static final ArchRule DOMAIN_USES_ONLY_THE_JDK = classes()
      .that().resideInAPackage("stockassistant.domain..")
      .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "stockassistant.domain..")
      .because("the domain is plain Java: no logging, no annotations library, no framework");

  static final ArchRule APPLICATION_SEES_ONLY_THE_DOMAIN = classes()
      .that().resideInAPackage("stockassistant.application..")
      .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "jakarta.inject..",
          "stockassistant.domain..", "stockassistant.application..")
      .because("use cases never see an adapter, MyBatis, Javalin, HikariCP or Guice modules");

  static final ArchRule APPLICATION_STARTS_NO_THREAD_BY_HAND = noClasses()
      .that().resideInAPackage("stockassistant.application..")
      .should().callMethod(Thread.class, "start")
      .because("use cases run concurrent work on java.util.concurrent executors, which bound, "
          + "name and stop their threads (the import's and the sync's writer lanes included)");

  static final ArchRule PERSISTENCE_DOES_NOT_SEE_THE_WEB = noClasses()
      .that().resideInAPackage("stockassistant.adapters.persistence..")
      .should().dependOnClassesThat().resideInAnyPackage("stockassistant.adapters.web..",
          "io.javalin..", "stockassistant.application..")
      .because("the two adapters never see each other");

  static final ArchRule WEB_DOES_NOT_SEE_PERSISTENCE = noClasses()
      .that().resideInAPackage("stockassistant.adapters.web..")
      .should().dependOnClassesThat().resideInAnyPackage("stockassistant.adapters.persistence..",
          "org.apache.ibatis..", "com.zaxxer.hikari..", "org.postgresql..")
      .because("the two adapters never see each other; the web reaches data through facades");

  static final ArchRule ONLY_BOOTSTRAP_WIRES_GUICE = noClasses()
      .that().resideOutsideOfPackage("stockassistant.bootstrap..")
      .and().resideInAPackage("stockassistant..")
      .should().dependOnClassesThat().resideInAPackage("com.google.inject..")
      .because("only bootstrap wires Guice modules");

  static final ArchRule ONLY_USE_CASES_OPEN_UNITS_OF_WORK = noClasses()
      .that().resideInAPackage("stockassistant.adapters.persistence..")
      .and().resideOutsideOfPackage("stockassistant.adapters.persistence.session..")
      .should().callMethodWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
          JavaClass.Predicates.assignableTo(UnitOfWork.class)))
          .and(JavaCall.Predicates.target(HasName.Predicates.nameMatching("write|bulkWrite|read|readFresh"))))
      .because("a use case says what database work it needs; a repository works inside the unit "
          + "of work it is given and never opens one");

  // issue 28 item 3: one place sets the driver up
  static final ArchRule ONLY_THE_POOL_OPENS_CONNECTIONS = noClasses()
      .that().resideInAPackage("stockassistant..")
      .and().doNotHaveFullyQualifiedName(DriverProperties.class.getName())
      .should().dependOnClassesThat().haveFullyQualifiedName(DriverManager.class.getName())
      .because("every connection beside the pool goes through DriverProperties.connect, so TLS, "
          + "timeouts and the pooler's rules are the pool's own");

  static final ArchRule WEB_NEVER_HOLDS_A_UNIT_OF_WORK = noClasses()
      .that().resideInAPackage("stockassistant.adapters.web..")
      .should().dependOnClassesThat().resideInAnyPackage("stockassistant.domain.transaction..",
          "org.apache.ibatis..", "java.sql..")
      .because("the web adapter calls facades; it never holds a session, a connection or a unit "
          + "of work, so no socket I/O happens while a connection is borrowed");

  /** The facades' use cases the Tushare protocol may call: every one of them reads. */
  private static final String TUSHARE_READS =
      "barPagesNewestFirst|periodBarPagesNewestFirst|tradingCalendar|search";

  static final ArchRule TUSHARE_PROTOCOL_ONLY_READS = noClasses()
      .that().resideInAPackage("stockassistant.adapters.web.tushare..")
      .should().callMethodWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
          JavaClass.Predicates.resideInAPackage("stockassistant.application..")
              .and(JavaClass.Predicates.simpleNameEndingWith("Data")
                  .or(JavaClass.Predicates.simpleNameEndingWith("Catalog"))
                  .or(JavaClass.Predicates.simpleNameEndingWith("Reports"))
                  .or(JavaClass.Predicates.simpleNameEndingWith("Configs")))))
          .and(DescribedPredicate.not(
              JavaCall.Predicates.target(HasName.Predicates.nameMatching(TUSHARE_READS)))))
      .because("POST /tushare is a read-only view of the store: no request to it may write, so "
          + "it calls only the read use cases " + TUSHARE_READS);

  static final ArchRule NO_PACKAGE_CYCLES = slices().matching("stockassistant.(**)")
      .should().beFreeOfCycles()
      .because("a cycle makes two packages one package in disguise");
}
