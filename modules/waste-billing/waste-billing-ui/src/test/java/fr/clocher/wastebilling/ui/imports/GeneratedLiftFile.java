package fr.clocher.wastebilling.ui.imports;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A lift file of a given size made up as it is read, so that a test can tell how much of
 * it was read at any moment, and none of it exists whole.
 */
class GeneratedLiftFile extends InputStream {

	private final long size;

	private long produced;

	private byte[] line = "badge;horodatage;camion\n".getBytes(StandardCharsets.UTF_8);

	private int inLine;

	private long lines;

	GeneratedLiftFile(long size) {
		this.size = size;
	}

	long produced() {
		return this.produced;
	}

	@Override
	public int read() {
		if (this.produced >= this.size) {
			return -1;
		}
		if (this.inLine == this.line.length) {
			this.lines++;
			this.line = "E200-%08d;2026-03-04T06:12:33;T1\n".formatted(this.lines).getBytes(StandardCharsets.UTF_8);
			this.inLine = 0;
		}
		this.produced++;
		return this.line[this.inLine++];
	}

	@Override
	public int read(byte[] buffer, int offset, int length) {
		if (this.produced >= this.size) {
			return -1;
		}
		int n = 0;
		while (n < length && this.produced < this.size) {
			buffer[offset + n++] = (byte) read();
		}
		return n;
	}

}
