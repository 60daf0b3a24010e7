package org.policykg.web.sparql;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Holds the start of an answer back until it is complete or passes a size: a query that fails while
 * its first rows are written (a CSV header is written before the first row is computed) then answers
 * a whole problem, rather than a partial answer with an error after it. Only a large answer streams
 * before it is done; a failure after that point cuts the connection.
 */
final class HeldOutputStream extends OutputStream {
    private final OutputStream out;
    private final int hold;
    private ByteArrayOutputStream held = new ByteArrayOutputStream();

    HeldOutputStream(OutputStream out, int hold) {
        this.out = out;
        this.hold = hold;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (held == null) {
            out.write(b, off, len);
            return;
        }
        held.write(b, off, len);
        if (held.size() > hold) {
            release();
        }
    }

    /** Held bytes stay held: writers flush as they go, which would send a partial answer. */
    @Override
    public void flush() throws IOException {
        if (held == null) {
            out.flush();
        }
    }

    /** Sends what is held and everything written after it: the answer is complete, or too large to hold. */
    void release() throws IOException {
        if (held != null) {
            held.writeTo(out);
            held = null;
        }
        out.flush();
    }
}
