package fr.clocher.wastebilling.service.support;

/** A page asked for: its number from 0 and its size, checked. */
public record Paging(int page, int size) {

	public static Paging of(int page, int size, int maxSize) {
		Violations violations = new Violations();
		violations.between("page", page, 0, Integer.MAX_VALUE);
		violations.between("size", size, 1, maxSize);
		violations.throwIfAny();
		return new Paging(page, size);
	}

	public long offset() {
		return (long) this.page * this.size;
	}

}
