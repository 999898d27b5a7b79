package fr.clocher.wastebilling.ui.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/**
 * Counts the bytes read through it, telling a listener every step of the way: the lift
 * file's progress as the API reads it, with nothing kept.
 */
class ProgressInputStream extends FilterInputStream {

	private final long step;

	private final LongConsumer listener;

	private long read;

	private long reported;

	ProgressInputStream(InputStream in, long step, LongConsumer listener) {
		super(in);
		this.step = step;
		this.listener = listener;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			advance(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			advance(n);
		}
		return n;
	}

	private void advance(long n) {
		this.read += n;
		if (this.read - this.reported >= this.step) {
			this.reported = this.read;
			this.listener.accept(this.read);
		}
	}

}
