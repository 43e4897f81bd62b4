package stockassistant.domain.transaction;

/**
 * The open unit of work, as a repository call's first argument: {@code work.read("MarketData.bars",
 * db -> quotes.bars(db, query, after, limit))}. It has nothing a use case calls; the persistence
 * adapter finds its connection behind it. A repository needs one to run, so no database call can
 * happen outside a unit of work, and none can outlive it (a handle is dead once its work returns).
 */
public interface Db {}
