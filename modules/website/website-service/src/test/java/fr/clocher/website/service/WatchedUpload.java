package fr.clocher.website.service;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletInputStream;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.DelegatingServletInputStream;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * An upload whose body a test watches: the length the request declares (none for a
 * chunked body) and how many bytes of it the server read.
 */
final class WatchedUpload extends AbstractMockHttpServletRequestBuilder<WatchedUpload> {

	private final long declaredLength;

	private final AtomicLong read = new AtomicLong();

	private WatchedUpload(long declaredLength) {
		super(HttpMethod.POST);
		this.declaredLength = declaredLength;
		contentType(MediaType.APPLICATION_OCTET_STREAM);
	}

	/**
	 * A body sent with {@code Transfer-Encoding: chunked}: its length is not declared.
	 */
	static WatchedUpload chunked(byte[] content, String uri, Object... variables) {
		return new WatchedUpload(-1).uri(uri, variables).header("Transfer-Encoding", "chunked").content(content);
	}

	/** A body whose {@code Content-Length} says {@code declaredLength}. */
	static WatchedUpload declaring(long declaredLength, byte[] content, String uri, Object... variables) {
		return new WatchedUpload(declaredLength).uri(uri, variables).content(content);
	}

	/** How many bytes of the body the server read. */
	long bytesRead() {
		return this.read.get();
	}

	@Override
	protected MockHttpServletRequest createServletRequest(ServletContext servletContext) {
		return new MockHttpServletRequest(servletContext) {

			private ServletInputStream counted;

			@Override
			public int getContentLength() {
				return (int) Math.min(Integer.MAX_VALUE, WatchedUpload.this.declaredLength);
			}

			@Override
			public long getContentLengthLong() {
				return WatchedUpload.this.declaredLength;
			}

			@Override
			public ServletInputStream getInputStream() {
				if (this.counted == null) {
					this.counted = new DelegatingServletInputStream(new Counting(super.getInputStream()));
				}
				return this.counted;
			}

		};
	}

	private final class Counting extends FilterInputStream {

		Counting(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int value = super.read();
			if (value >= 0) {
				WatchedUpload.this.read.incrementAndGet();
			}
			return value;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int count = super.read(buffer, offset, length);
			if (count > 0) {
				WatchedUpload.this.read.addAndGet(count);
			}
			return count;
		}

	}

}
