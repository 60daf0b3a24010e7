package org.policykg.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import org.eclipse.jetty.http.BadMessageException;

/**
 * The slowest a request body may arrive, answered 408 below it. Unlike Jetty's minimum request data
 * rate, which counts from the first chunk read and fails any read made more than a tenth of a second
 * after a 100-byte body arrived (a loaded server reading late), the rate is owed only after a grace
 * period, and a body that has arrived whole is never refused.
 */
final class BodyRate implements Filter {
    /** The body may take this long before any rate is owed: a small body read late is never refused. */
    static final long GRACE_NANOS = 5_000_000_000L;

    private final long bytesPerSecond;

    BodyRate(long bytesPerSecond) {
        this.bytesPerSecond = bytesPerSecond;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (bytesPerSecond > 0 && request instanceof HttpServletRequest http && http.getContentLengthLong() != 0) {
            chain.doFilter(new Wrapper(http, System.nanoTime(), bytesPerSecond), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private static final class Wrapper extends HttpServletRequestWrapper {
        private final long started;
        private final long bytesPerSecond;
        private ServletInputStream stream;

        Wrapper(HttpServletRequest request, long started, long bytesPerSecond) {
            super(request);
            this.started = started;
            this.bytesPerSecond = bytesPerSecond;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Metered(super.getInputStream(), getContentLengthLong(), started, bytesPerSecond);
            }
            return stream;
        }
    }

    /** Counts what arrives and refuses the rest of a body that has fallen behind the rate. */
    private static final class Metered extends ServletInputStream {
        private final ServletInputStream in;
        private final long length;
        private final long started;
        private final long bytesPerSecond;
        private long arrived;

        Metered(ServletInputStream in, long length, long started, long bytesPerSecond) {
            this.in = in;
            this.length = length;
            this.started = started;
            this.bytesPerSecond = bytesPerSecond;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? -1 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int len) throws IOException {
            int n = in.read(buffer, offset, len);
            count(n);
            return n;
        }

        private void count(int n) {
            if (n < 0) {
                return;
            }
            arrived += n;
            if (length >= 0 && arrived >= length) {
                return;
            }
            long late = System.nanoTime() - started - GRACE_NANOS;
            if (late > 0 && arrived < bytesPerSecond * (late / 1_000_000) / 1000) {
                throw new BadMessageException(408, "Request content data rate < " + bytesPerSecond + " B/s");
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }

        @Override
        public int available() throws IOException {
            return in.available();
        }
    }
}
