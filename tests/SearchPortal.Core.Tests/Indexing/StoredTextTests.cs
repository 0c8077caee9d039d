using Lucene.Net.Documents;
using SearchPortal.LuceneEngine.Indexing;

namespace SearchPortal.Core.Tests.Indexing;

public sealed class StoredTextTests
{
    [Fact]
    public void The_seed_round_trips_through_compression_and_takes_less_space()
    {
        var seed = File.ReadAllText(TestPaths.Seed);
        var field = StoredText.Field(IndexSchema.Original, seed);
        Assert.True(field.GetBinaryValue()!.Length < System.Text.Encoding.UTF8.GetByteCount(seed));
        Assert.Equal(seed, StoredText.Read(new Document { field }, IndexSchema.Original));
    }

    [Fact]
    public void A_plain_string_field_from_an_older_index_reads_as_is_and_a_missing_one_as_null()
    {
        var doc = new Document { new StoredField(IndexSchema.Original, "旧索引的原文") };
        Assert.Equal("旧索引的原文", StoredText.Read(doc, IndexSchema.Original));
        Assert.Null(StoredText.Read(doc, IndexSchema.ParagraphsJson));
    }
}
