package fr.clocher.wastebilling.service.printing;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DeflaterOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * One tagged PDF written to a stream chunk after chunk, each chunk a tagged PDF of a few
 * pages (made by openhtmltopdf): a chunk's objects are copied out, renumbered, as soon as
 * it is appended, and only a few numbers per chunk stay in memory (its page-tree node,
 * its top structure elements, its leaf of the parent tree); the objects' places wait in a
 * scratch file until the cross-reference stream is written. A chunk's objects other than
 * streams are packed 500 at a time in deflated object streams, as PDFBox saves them (a
 * tagged invoice is some 200 small objects). So a run of 100,000 invoices is never in
 * memory, where PDFBox's merger keeps every page's objects until it saves.
 *
 * <p>
 * The pages of each chunk hang from a page-tree node of their own; each chunk's structure
 * (its {@code Document} element, made a {@code Part}) hangs from one {@code Document}
 * element; each chunk's parent tree becomes one leaf of the document's, its keys
 * ({@code StructParents}, {@code StructParent}) shifted past the previous chunks'. The
 * catalog's language, mark information, viewer preferences, metadata and output intents,
 * the role map and the document information are the first chunk's (every chunk has the
 * same title and language).
 */
class StreamedPdf implements AutoCloseable {

	private static final long CATALOG = 1;

	private static final long PAGES = 2;

	private static final long STRUCT_ROOT = 3;

	private static final long DOCUMENT = 4;

	private static final long PARENT_TREE = 5;

	private static final COSName STRUCT_PARENT = COSName.getPDFName("StructParent");

	private static final COSName PART = COSName.getPDFName("Part");

	/** The objects packed in one object stream, at most. */
	private static final int PACKED = 500;

	/** A cross-reference record's bytes: type, offset or object stream, index. */
	private static final int RECORD = 13;

	private final Counting out;

	private final Path scratch;

	private final RandomAccessFile offsets;

	private long next = PARENT_TREE + 1;

	private final List<Long> pageNodes = new ArrayList<>();

	private final List<Long> parts = new ArrayList<>();

	private final List<Long> leaves = new ArrayList<>();

	private long pageCount;

	private long structKeys;

	private byte[] catalogEntries;

	private byte[] structRootEntries = new byte[0];

	private long info;

	/** One chunk's numbering: what each of its objects became. */
	private Map<COSBase, Long> numbers;

	private Deque<COSBase> pending;

	/**
	 * Objects waiting to be packed in an object stream: their numbers, offsets, bodies.
	 */
	private final List<Long> packedNumbers = new ArrayList<>();

	private final List<Integer> packedOffsets = new ArrayList<>();

	private final ByteArrayOutputStream packed = new ByteArrayOutputStream();

	private COSDictionary chunkStructRoot;

	private long keyOffset;

	StreamedPdf(OutputStream out, Path scratch) throws IOException {
		this.out = new Counting(out);
		this.scratch = scratch;
		this.offsets = new RandomAccessFile(scratch.toFile(), "rw");
		this.out.write("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1));
	}

	/** Appends a tagged PDF's pages and structure. */
	void append(byte[] chunk) throws IOException {
		try (PDDocument document = Loader.loadPDF(chunk)) {
			append(document);
		}
	}

	/**
	 * Appends a tagged PDF's pages and structure from the document in memory (saved once
	 * already, so that its fonts are subset), without writing and parsing it again.
	 */
	void append(PDDocument document) throws IOException {
		try {
			COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
			this.numbers = new IdentityHashMap<>();
			this.pending = new ArrayDeque<>();
			long node = this.next++;
			this.numbers.put(catalog, CATALOG);
			List<Long> kids = new ArrayList<>();
			COSDictionary pagesRoot = catalog.getCOSDictionary(COSName.PAGES);
			for (PDPage page : document.getPages()) {
				for (COSDictionary parent = page.getCOSObject().getCOSDictionary(COSName.PARENT); parent != null
						&& !this.numbers.containsKey(parent); parent = parent.getCOSDictionary(COSName.PARENT)) {
					this.numbers.put(parent, node);
				}
				kids.add(ref(page.getCOSObject()));
			}
			this.chunkStructRoot = catalog.getCOSDictionary(COSName.STRUCT_TREE_ROOT);
			this.numbers.put(this.chunkStructRoot, DOCUMENT);
			this.keyOffset = this.structKeys;
			COSBase top = this.chunkStructRoot.getDictionaryObject(COSName.K);
			if (top instanceof COSArray elements) {
				for (COSBase element : elements) {
					this.parts.add(ref(element));
				}
			}
			else if (top != null) {
				this.parts.add(ref(top));
			}
			writeParentTreeLeaf(this.chunkStructRoot.getCOSDictionary(COSName.PARENT_TREE));
			if (this.catalogEntries == null) {
				this.catalogEntries = entries(catalog, COSName.LANG, COSName.MARK_INFO, COSName.VIEWER_PREFERENCES,
						COSName.METADATA, COSName.OUTPUT_INTENTS);
				this.structRootEntries = entries(this.chunkStructRoot, COSName.ROLE_MAP, COSName.CLASS_MAP);
				COSBase information = document.getDocument().getTrailer().getDictionaryObject(COSName.INFO);
				this.info = (information != null) ? ref(information) : 0;
			}
			drain();
			begin(node);
			write("<< /Type /Pages /Parent " + PAGES + " 0 R /Count " + kids.size() + " /Kids [");
			for (long kid : kids) {
				write(kid + " 0 R ");
			}
			write("]");
			for (COSName inherited : List.of(COSName.RESOURCES, COSName.MEDIA_BOX, COSName.CROP_BOX, COSName.ROTATE)) {
				COSBase value = pagesRoot.getItem(inherited);
				if (value != null) {
					inherited.writePDF(this.out);
					write(" ");
					value(value, this.out);
					write(" ");
				}
			}
			write(">>");
			end();
			drain();
			this.pageNodes.add(node);
			this.pageCount += kids.size();
		}
		finally {
			this.numbers = null;
			this.pending = null;
		}
	}

	/** Writes the document's catalog, trees and cross-reference stream. */
	void finish() throws IOException {
		if (this.catalogEntries == null) {
			throw new IllegalStateException("A PDF needs at least one page");
		}
		begin(CATALOG);
		write("<< /Type /Catalog /Pages " + PAGES + " 0 R /StructTreeRoot " + STRUCT_ROOT + " 0 R ");
		this.out.write(this.catalogEntries);
		write(">>");
		end();
		begin(PAGES);
		write("<< /Type /Pages /Count " + this.pageCount + " /Kids " + refs(this.pageNodes) + " >>");
		end();
		begin(STRUCT_ROOT);
		write("<< /Type /StructTreeRoot /K " + DOCUMENT + " 0 R /ParentTree " + PARENT_TREE + " 0 R /ParentTreeNextKey "
				+ this.structKeys + " ");
		this.out.write(this.structRootEntries);
		write(">>");
		end();
		begin(DOCUMENT);
		write("<< /Type /StructElem /S /Document /P " + STRUCT_ROOT + " 0 R /K " + refs(this.parts) + " >>");
		end();
		begin(PARENT_TREE);
		write("<< /Kids " + refs(this.leaves) + " >>");
		end();
		writeCrossReferences();
		this.out.flush();
	}

	@Override
	public void close() throws IOException {
		this.offsets.close();
		Files.deleteIfExists(this.scratch);
		Files.deleteIfExists(rows());
	}

	/**
	 * The cross-reference stream: a row per object (in the file at an offset, or packed
	 * in an object stream at an index), deflated into a scratch file first so that its
	 * length is known when its dictionary is written.
	 */
	private void writeCrossReferences() throws IOException {
		long number = this.next++;
		long offset = this.out.position;
		record(number, 1, offset, 0);
		long length;
		try (DataInputStream records = new DataInputStream(
				new BufferedInputStream(Files.newInputStream(this.scratch), 1 << 16));
				DataOutputStream rows = new DataOutputStream(
						new DeflaterOutputStream(new BufferedOutputStream(Files.newOutputStream(rows()), 1 << 16)))) {
			this.offsets.getFD().sync();
			records.skipNBytes(RECORD);
			rows.writeByte(0);
			rows.writeLong(0);
			rows.writeInt(65535);
			for (long n = 1; n <= number; n++) {
				rows.writeByte(records.readByte());
				rows.writeLong(records.readLong());
				rows.writeInt(records.readInt());
			}
		}
		length = Files.size(rows());
		byte[] id = new byte[16];
		new SecureRandom().nextBytes(id);
		String hex = HexFormat.of().formatHex(id);
		begin(number);
		write("<< /Type /XRef /Size " + this.next + " /W [1 8 4] /Root " + CATALOG + " 0 R "
				+ ((this.info != 0) ? "/Info " + this.info + " 0 R " : "") + "/ID [<" + hex + "> <" + hex
				+ ">] /Filter /FlateDecode /Length " + length + " >>\nstream\n");
		Files.copy(rows(), this.out);
		write("\nendstream");
		end();
		write("startxref\n" + offset + "\n%%EOF\n");
	}

	/** Packs the objects waiting for an object stream into one (deflated). */
	private void flushPacked() throws IOException {
		if (this.packedNumbers.isEmpty()) {
			return;
		}
		StringBuilder header = new StringBuilder();
		for (int i = 0; i < this.packedNumbers.size(); i++) {
			header.append(this.packedNumbers.get(i)).append(' ').append(this.packedOffsets.get(i)).append(' ');
		}
		byte[] first = header.toString().getBytes(StandardCharsets.ISO_8859_1);
		ByteArrayOutputStream deflated = new ByteArrayOutputStream();
		try (DeflaterOutputStream content = new DeflaterOutputStream(deflated)) {
			content.write(first);
			this.packed.writeTo(content);
		}
		long number = this.next++;
		begin(number);
		write("<< /Type /ObjStm /N " + this.packedNumbers.size() + " /First " + first.length
				+ " /Filter /FlateDecode /Length " + deflated.size() + " >>\nstream\n");
		deflated.writeTo(this.out);
		write("\nendstream");
		end();
		for (int i = 0; i < this.packedNumbers.size(); i++) {
			record(this.packedNumbers.get(i), 2, number, i);
		}
		this.packedNumbers.clear();
		this.packedOffsets.clear();
		this.packed.reset();
	}

	private Path rows() {
		return this.scratch.resolveSibling(this.scratch.getFileName() + ".xref");
	}

	/** The chunk's parent tree as one leaf of the document's, its keys shifted. */
	private void writeParentTreeLeaf(COSDictionary tree) throws IOException {
		List<COSBase> pairs = new ArrayList<>();
		if (tree != null) {
			flatten(tree, pairs);
		}
		long max = this.keyOffset - 1;
		for (int i = 0; i < pairs.size(); i += 2) {
			max = Math.max(max, this.keyOffset + ((COSNumber) pairs.get(i)).longValue());
		}
		this.structKeys = Math.max(max + 1,
				this.keyOffset + this.chunkStructRoot.getLong(COSName.PARENT_TREE_NEXT_KEY, 0));
		if (pairs.isEmpty()) {
			return;
		}
		ByteArrayOutputStream leaf = new ByteArrayOutputStream();
		leaf.write(
				("<< /Limits [" + (this.keyOffset + ((COSNumber) pairs.get(0)).longValue()) + " " + max + "] /Nums [")
					.getBytes(StandardCharsets.ISO_8859_1));
		for (int i = 0; i < pairs.size(); i += 2) {
			leaf.write((this.keyOffset + ((COSNumber) pairs.get(i)).longValue() + " ")
				.getBytes(StandardCharsets.ISO_8859_1));
			value(pairs.get(i + 1), leaf);
			leaf.write(' ');
		}
		leaf.write("] >>".getBytes(StandardCharsets.ISO_8859_1));
		long number = this.next++;
		begin(number);
		this.out.write(leaf.toByteArray());
		end();
		this.leaves.add(number);
	}

	private static void flatten(COSDictionary node, List<COSBase> pairs) {
		COSArray nums = node.getCOSArray(COSName.NUMS);
		if (nums != null) {
			for (int i = 0; i + 1 < nums.size(); i += 2) {
				pairs.add(nums.getObject(i));
				pairs.add(nums.get(i + 1));
			}
		}
		COSArray kids = node.getCOSArray(COSName.KIDS);
		if (kids != null) {
			for (int i = 0; i < kids.size(); i++) {
				if (kids.getObject(i) instanceof COSDictionary kid) {
					flatten(kid, pairs);
				}
			}
		}
	}

	/** Some entries of a dictionary, written as they will sit in another one. */
	private byte[] entries(COSDictionary from, COSName... keys) throws IOException {
		ByteArrayOutputStream entries = new ByteArrayOutputStream();
		for (COSName key : keys) {
			COSBase value = from.getItem(key);
			if (value != null) {
				key.writePDF(entries);
				entries.write(' ');
				value(value, entries);
				entries.write(' ');
			}
		}
		return entries.toByteArray();
	}

	/** The object's number in the document; a new one is written when drained. */
	private long ref(COSBase object) {
		COSBase resolved = (object instanceof COSObject indirect) ? indirect.getObject() : object;
		Long number = this.numbers.get(resolved);
		if (number == null) {
			number = this.next++;
			this.numbers.put(resolved, number);
			this.pending.add(resolved);
		}
		return number;
	}

	private void drain() throws IOException {
		while (!this.pending.isEmpty()) {
			COSBase object = this.pending.poll();
			if (object instanceof COSStream stream) {
				begin(this.numbers.get(object));
				byte[] raw;
				try (InputStream in = stream.createRawInputStream()) {
					raw = in.readAllBytes();
				}
				dictionary(stream, this.out, (long) raw.length);
				write("\nstream\n");
				this.out.write(raw);
				write("\nendstream");
			}
			else {
				this.packedNumbers.add(this.numbers.get(object));
				this.packedOffsets.add(this.packed.size());
				value(object, this.packed);
				this.packed.write(' ');
				if (this.packedNumbers.size() >= PACKED) {
					flushPacked();
				}
				continue;
			}
			end();
		}
		flushPacked();
	}

	private void value(COSBase value, OutputStream to) throws IOException {
		if (value instanceof COSObject indirect) {
			if (indirect.getObject() == null) {
				COSNull.NULL.writePDF(to);
			}
			else {
				to.write((ref(indirect) + " 0 R").getBytes(StandardCharsets.ISO_8859_1));
			}
		}
		else if (value instanceof COSDictionary dictionary) {
			dictionary(dictionary, to, null);
		}
		else if (value instanceof COSArray array) {
			to.write('[');
			for (COSBase item : array) {
				value(item, to);
				to.write(' ');
			}
			to.write(']');
		}
		else if (value instanceof COSString string) {
			COSWriter.writeString(string, to);
		}
		else if (value instanceof COSName name) {
			name.writePDF(to);
		}
		else if (value instanceof COSInteger number) {
			number.writePDF(to);
		}
		else if (value instanceof COSFloat number) {
			number.writePDF(to);
		}
		else if (value instanceof COSBoolean bool) {
			bool.writePDF(to);
		}
		else {
			COSNull.NULL.writePDF(to);
		}
	}

	/**
	 * A dictionary (a stream's, with its raw length) with its references renumbered, its
	 * structure keys shifted, and a chunk's top structure element made a part of the
	 * document.
	 */
	private void dictionary(COSDictionary dictionary, OutputStream to, Long length) throws IOException {
		boolean top = dictionary.getDictionaryObject(COSName.P) == this.chunkStructRoot
				&& COSName.STRUCT_ELEM.equals(dictionary.getCOSName(COSName.TYPE, COSName.STRUCT_ELEM));
		to.write("<<".getBytes(StandardCharsets.ISO_8859_1));
		for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
			COSName key = entry.getKey();
			if (length != null && key.equals(COSName.LENGTH)) {
				continue;
			}
			to.write(' ');
			key.writePDF(to);
			to.write(' ');
			COSBase value = entry.getValue();
			if ((key.equals(COSName.STRUCT_PARENTS) || key.equals(STRUCT_PARENT))
					&& value instanceof COSNumber number) {
				to.write(Long.toString(this.keyOffset + number.longValue()).getBytes(StandardCharsets.ISO_8859_1));
			}
			else if (top && key.equals(COSName.S) && COSName.DOCUMENT.equals(value)) {
				PART.writePDF(to);
			}
			else {
				value(value, to);
			}
		}
		if (length != null) {
			to.write((" /Length " + length).getBytes(StandardCharsets.ISO_8859_1));
		}
		to.write(" >>".getBytes(StandardCharsets.ISO_8859_1));
	}

	private void begin(long number) throws IOException {
		record(number, 1, this.out.position, 0);
		write(number + " 0 obj\n");
	}

	/**
	 * Where an object is: type 1 at an offset, type 2 in an object stream at an index.
	 */
	private void record(long number, int type, long where, int index) throws IOException {
		this.offsets.seek(number * RECORD);
		this.offsets.writeByte(type);
		this.offsets.writeLong(where);
		this.offsets.writeInt(index);
	}

	private void end() throws IOException {
		write("\nendobj\n");
	}

	private void write(String text) throws IOException {
		this.out.write(text.getBytes(StandardCharsets.ISO_8859_1));
	}

	private static String refs(List<Long> numbers) {
		StringBuilder array = new StringBuilder("[");
		for (long number : numbers) {
			array.append(number).append(" 0 R ");
		}
		return array.append(']').toString();
	}

	/** The stream, counting the bytes written: each object's offset. */
	private static final class Counting extends FilterOutputStream {

		long position;

		Counting(OutputStream out) {
			super(out);
		}

		@Override
		public void write(int b) throws IOException {
			this.out.write(b);
			this.position++;
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.out.write(b, off, len);
			this.position += len;
		}

	}

}
