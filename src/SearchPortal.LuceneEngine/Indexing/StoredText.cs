using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Lucene.Net.Documents;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace SearchPortal.LuceneEngine.Indexing;

/// <summary>
/// The large stored texts of a document entry (original text, paragraphs JSON), Brotli-compressed by us. The codec
/// stores fields uncompressed so that a result list reads its few small fields cheaply (<see cref="IndexCodec"/>); these
/// two are read only by the document page, so they alone pay for compression: a fraction of the disk, decoded once per view.
/// </summary>
public static class StoredText
{
    public static StoredField Field(string name, string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        var output = new byte[4 + BrotliEncoder.GetMaxCompressedLength(utf8.Length)];
        BinaryPrimitives.WriteInt32LittleEndian(output, utf8.Length);
        if (!BrotliEncoder.TryCompress(utf8, output.AsSpan(4), out var written, quality: 1, window: 22))
            throw new InvalidOperationException("Brotli could not compress a stored text.");
        return new StoredField(name, output, 0, 4 + written);
    }

    /// <summary>The text of a field written by <see cref="Field"/>; a plain string field (an index written before) as is.</summary>
    public static string? Read(LuceneDocument doc, string name)
    {
        var field = doc.GetField(name);
        if (field == null) return null;
        if (field.GetBinaryValue() is not { } bytes) return field.GetStringValue();
        var data = bytes.Bytes.AsSpan(bytes.Offset, bytes.Length);
        var utf8 = new byte[BinaryPrimitives.ReadInt32LittleEndian(data)];
        if (!BrotliDecoder.TryDecompress(data[4..], utf8, out var decoded) || decoded != utf8.Length)
            throw new InvalidDataException($"Stored text '{name}' is damaged.");
        return Encoding.UTF8.GetString(utf8);
    }
}
