package fr.clocher.gateway.bodylimit;

import reactor.core.publisher.Flux;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;

/**
 * A request whose body fails with 413 as soon as the bytes read pass the limit; each
 * buffer is passed on as it comes.
 */
final class LimitedBodyRequest extends ServerHttpRequestDecorator {

	private final long limit;

	LimitedBodyRequest(ServerHttpRequest request, long limit) {
		super(request);
		this.limit = limit;
	}

	@Override
	public Flux<DataBuffer> getBody() {
		return Flux.defer(() -> {
			long[] read = { 0 };
			return super.getBody().handle((buffer, sink) -> {
				read[0] += buffer.readableByteCount();
				if (read[0] > this.limit) {
					DataBufferUtils.release(buffer);
					sink.error(new BodyTooLargeException(this.limit));
				}
				else {
					sink.next(buffer);
				}
			});
		});
	}

}
