package fr.clocher.gateway.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * HTTP/1.1 over a plain socket, for what {@code java.net.http} will not send: request
 * targets exactly as written ({@code ..}, {@code %2e}, {@code //}, {@code ;}), a
 * {@code Content-Length} without its body, a chunked body that keeps coming while the
 * answer is read.
 */
public final class RawHttpClient {

	private final int port;

	public RawHttpClient(int port) {
		this.port = port;
	}

	/**
	 * The head of a request: request line, {@code Host}, the given headers, and the empty
	 * line.
	 * @param method the method
	 * @param target the request target, sent as is
	 * @param host the {@code Host} header
	 * @param headers header names and values, alternating
	 * @return the head
	 */
	public static String head(String method, String target, String host, String... headers) {
		StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
		head.append("Host: ").append(host).append("\r\n");
		for (int i = 0; i < headers.length; i += 2) {
			head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
		}
		return head.append("\r\n").toString();
	}

	/**
	 * Sends a request head (and nothing more) and reads the answer.
	 * @param head the request head, see {@link #head}
	 * @return the answer
	 * @throws IOException on a connection failure
	 */
	public Answer send(String head) throws IOException {
		try (Socket socket = connect()) {
			socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
			socket.getOutputStream().flush();
			return Answer.read(socket);
		}
	}

	/**
	 * Sends a request head announcing a chunked body, then chunks of {@code chunkSize}
	 * bytes up to {@code total} while the answer is read; the sending stops as soon as
	 * the connection refuses more.
	 * @param head the request head, with {@code Transfer-Encoding: chunked}
	 * @param chunkSize the size of each chunk
	 * @param total the size of the whole body
	 * @return the answer, status -1 when the connection closed without one
	 * @throws Exception on a failure other than the server closing the connection
	 */
	public Answer sendChunked(String head, int chunkSize, long total) throws Exception {
		CompletableFuture<Void> sending;
		Answer answer;
		try (Socket socket = connect()) {
			OutputStream out = socket.getOutputStream();
			out.write(head.getBytes(StandardCharsets.ISO_8859_1));
			sending = CompletableFuture.runAsync(() -> sendChunks(out, chunkSize, total));
			try {
				answer = Answer.read(socket);
			}
			catch (IOException ex) {
				answer = new Answer(-1, Map.of(), "", true);
			}
		}
		// closing the socket ends a sending still under way
		sending.get(20, TimeUnit.SECONDS);
		return answer;
	}

	private static void sendChunks(OutputStream out, int chunkSize, long total) {
		byte[] data = new byte[chunkSize];
		Arrays.fill(data, (byte) 'a');
		byte[] chunkHead = (Integer.toHexString(chunkSize) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
		byte[] crlf = "\r\n".getBytes(StandardCharsets.ISO_8859_1);
		try {
			for (long sent = 0; sent < total; sent += chunkSize) {
				out.write(chunkHead);
				out.write(data);
				out.write(crlf);
				out.flush();
			}
			out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
		}
		catch (IOException ex) {
			// the server closed the connection: what it answered is what counts
		}
	}

	private Socket connect() throws IOException {
		Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port);
		socket.setSoTimeout(20_000);
		return socket;
	}

	/**
	 * An answer: status, headers (names in lower case) and body as text, and whether the
	 * server closed the connection after it.
	 *
	 * @param status the status, or -1 when the connection closed without an answer
	 * @param headers the headers
	 * @param body the body
	 * @param closed whether the server closed the connection within a few seconds of the
	 * answer
	 */
	public record Answer(int status, Map<String, String> headers, String body, boolean closed) {

		public String header(String name) {
			return this.headers.get(name.toLowerCase(Locale.ROOT));
		}

		static Answer read(Socket socket) throws IOException {
			InputStream in = socket.getInputStream();
			String statusLine = line(in);
			if (statusLine == null) {
				return new Answer(-1, Map.of(), "", true);
			}
			int status = Integer.parseInt(statusLine.split(" ")[1]);
			Map<String, String> headers = new TreeMap<>();
			for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
				int colon = line.indexOf(':');
				headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
			}
			byte[] body;
			if (headers.containsKey("content-length")) {
				body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
			}
			else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
				body = chunks(in);
			}
			else {
				body = in.readAllBytes();
			}
			return new Answer(status, headers, new String(body, StandardCharsets.UTF_8), closedSoon(socket));
		}

		private static boolean closedSoon(Socket socket) throws IOException {
			socket.setSoTimeout(5000);
			try {
				return socket.getInputStream().read() == -1;
			}
			catch (SocketTimeoutException ex) {
				return false;
			}
			catch (IOException ex) {
				// reset
				return true;
			}
		}

		private static byte[] chunks(InputStream in) throws IOException {
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			for (int size = Integer.parseInt(line(in).trim(), 16); size > 0; size = Integer.parseInt(line(in).trim(),
					16)) {
				body.write(in.readNBytes(size));
				line(in);
			}
			line(in);
			return body.toByteArray();
		}

		private static String line(InputStream in) throws IOException {
			ByteArrayOutputStream line = new ByteArrayOutputStream();
			for (int b = in.read(); b != '\n'; b = in.read()) {
				if (b == -1) {
					return (line.size() > 0) ? line.toString(StandardCharsets.ISO_8859_1) : null;
				}
				if (b != '\r') {
					line.write(b);
				}
			}
			return line.toString(StandardCharsets.ISO_8859_1);
		}

	}

}
