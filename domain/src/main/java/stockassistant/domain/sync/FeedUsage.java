package stockassistant.domain.sync;

/** What talking to the upstream has cost so far: calls made and rate-limit waits sat out. */
public record FeedUsage(long calls, long waits) {}
