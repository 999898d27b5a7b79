package fr.clocher.announcements.service.images;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.clocher.announcements.api.ImageInfo;
import fr.clocher.kernel.tenancy.TenantContext;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The images of the current tenant's news items, under row-level security; a member
 * commune reads the image of a group's public news item through the
 * {@code group_public_to_members} policy, naming the group.
 */
public class ImageStore {

	private final JdbcClient jdbc;

	ImageStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean exists(UUID id) {
		return this.jdbc.sql("select count(*) from announcement_image where tenant_id = ? and id = ?")
			.params(TenantContext.require(), id)
			.query(Integer.class)
			.single() > 0;
	}

	public Optional<ImageInfo> info(UUID owner, UUID id) {
		return this.jdbc.sql("""
				select id, alt, content_type, width, height, size from announcement_image where tenant_id = ? and id = ?
				""")
			.params(owner, id)
			.query((rs, i) -> new ImageInfo(rs.getObject("id", UUID.class), rs.getString("alt"),
					rs.getString("content_type"), rs.getInt("width"), rs.getInt("height"), rs.getLong("size")))
			.optional();
	}

	/** The bytes of an image of {@code owners} (the current tenant, or a group of it). */
	public Optional<Image> content(List<UUID> owners, UUID id) {
		return this.jdbc.sql("select content_type, content from announcement_image where tenant_id = any(?) and id = ?")
			.params(owners.toArray(UUID[]::new), id)
			.query((rs, i) -> new Image(rs.getString("content_type"), rs.getBytes("content")))
			.optional();
	}

	void insert(ImageInfo info, byte[] content, Instant at) {
		this.jdbc
			.sql("""
					insert into announcement_image (tenant_id, id, alt, content_type, width, height, size, content, created_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)
					""")
			.params(TenantContext.require(), info.id(), info.alt(), info.contentType(), info.width(), info.height(),
					info.size(), content, Timestamp.from(at))
			.update();
	}

	/** An image's bytes and type. */
	public record Image(String contentType, byte[] content) {

	}

}
