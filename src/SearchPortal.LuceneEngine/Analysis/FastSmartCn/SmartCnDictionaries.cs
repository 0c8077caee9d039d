using System.Reflection;
using Lucene.Net.Analysis.Cn.Smart;

namespace SearchPortal.LuceneEngine.Analysis.FastSmartCn;

/// <summary>
/// The SmartCn word and bigram dictionaries, taken once from Lucene.Net's own loaded (internal) singletons so the
/// fast segmenter scores with exactly the same data. Immutable after construction, so one instance serves every thread.
/// </summary>
public sealed class SmartCnDictionaries
{
    private static readonly Lazy<SmartCnDictionaries> SharedInstance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The process-wide copy (the data is read-only; loading it costs ~0.5 s and ~30 MB).</summary>
    public static SmartCnDictionaries Shared => SharedInstance.Value;

    public WordLexicon Words { get; }
    public BigramTable Bigrams { get; }

    private SmartCnDictionaries(WordLexicon words, BigramTable bigrams) { Words = words; Bigrams = bigrams; }

    private static SmartCnDictionaries Load()
    {
        var assembly = typeof(SmartChineseAnalyzer).Assembly;
        var word = GetSingleton(assembly, "Lucene.Net.Analysis.Cn.Smart.Hhmm.WordDictionary");
        var bigram = GetSingleton(assembly, "Lucene.Net.Analysis.Cn.Smart.Hhmm.BigramDictionary");
        var words = new WordLexicon(
            GetField<short[]>(word, "wordIndexTable"),
            GetField<char[]>(word, "charIndexTable"),
            GetField<char[][][]>(word, "wordItem_charArrayTable"),
            GetField<int[][]>(word, "wordItem_frequencyTable"));
        var bigrams = new BigramTable(
            GetField<long[]>(bigram, "bigramHashTable"),
            GetField<int[]>(bigram, "frequencyTable"));
        return new SmartCnDictionaries(words, bigrams);
    }

    private static object GetSingleton(Assembly assembly, string typeName)
    {
        var type = assembly.GetType(typeName, throwOnError: true)!;
        var getInstance = type.GetMethod("GetInstance", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new MissingMethodException(typeName, "GetInstance");
        return getInstance.Invoke(null, null) ?? throw new InvalidOperationException(typeName + ".GetInstance() returned null");
    }

    private static T GetField<T>(object instance, string name) where T : class
    {
        var field = instance.GetType().GetField(name, BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Instance)
            ?? throw new MissingFieldException(instance.GetType().FullName, name);
        return field.GetValue(instance) as T
            ?? throw new InvalidOperationException($"{instance.GetType().Name}.{name} is not loaded");
    }
}
