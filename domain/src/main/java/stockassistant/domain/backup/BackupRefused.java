package stockassistant.domain.backup;

/**
 * A backup that cannot be used as it is, or a restore that would destroy data it was not told
 * to: a missing, truncated or altered file, a manifest this release cannot read, a store that is
 * not empty. Says which file (or what) and why; nothing has been touched when it is thrown.
 */
public class BackupRefused extends RuntimeException {
  /** The subject is the file (or the target) the refusal is about. */
  public BackupRefused(String subject, String reason) {
    super(subject + ": " + reason, null, false, false);
  }
}
