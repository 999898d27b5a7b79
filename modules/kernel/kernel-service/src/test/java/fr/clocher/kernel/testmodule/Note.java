package fr.clocher.kernel.testmodule;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

@Entity
@Table(name = "note")
public class Note {

	@Id
	private UUID id;

	@TenantId
	private UUID tenantId;

	private String body;

	protected Note() {
	}

	public Note(String body) {
		this.id = UUID.randomUUID();
		this.body = body;
	}

	public UUID getId() {
		return this.id;
	}

	public UUID getTenantId() {
		return this.tenantId;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

}
