package stockassistant.adapters.persistence.backup;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Walks a binary COPY stream (PostgreSQL's documented format: signature, flags, header
 * extension, then tuples of length-prefixed fields, then a -1 trailer) and counts its rows
 * without decoding a value. A checksum proves the file is the one written; this proves what was
 * written is a whole COPY stream of the expected width, which a restore could load.
 */
final class BinaryCopyCheck {
  private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r',
      '\n', 0};

  private BinaryCopyCheck() {}

  /** The number of rows; throws {@link IllegalStateException} saying what is wrong. */
  static long rows(InputStream stream, int columns) throws IOException {
    var in = new DataInputStream(stream);
    try {
      byte[] signature = new byte[SIGNATURE.length];
      in.readFully(signature);
      if (!Arrays.equals(signature, SIGNATURE)) {
        throw new IllegalStateException("not a binary COPY stream");
      }
      in.readInt();
      in.skipNBytes(in.readInt());
      long rows = 0;
      while (true) {
        short fields = in.readShort();
        if (fields == -1) {
          break;
        }
        if (fields != columns) {
          throw new IllegalStateException("row " + (rows + 1) + " has " + fields
              + " fields where the manifest lists " + columns + " columns");
        }
        for (int i = 0; i < fields; i++) {
          int length = in.readInt();
          if (length > 0) {
            in.skipNBytes(length);
          } else if (length < -1) {
            throw new IllegalStateException("row " + (rows + 1) + " has a field of length "
                + length);
          }
        }
        rows++;
      }
      if (in.read() != -1) {
        throw new IllegalStateException("bytes after the end of the COPY stream");
      }
      return rows;
    } catch (EOFException cut) {
      throw new IllegalStateException("the COPY stream ends before its trailer (truncated)");
    }
  }
}
