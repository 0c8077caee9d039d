internal static class BenchQuery
{
    public static int Run(string indexDir, string queries, string hitsTsv, int passes, string dataPath)
    {
        Console.Error.WriteLine("query phase: waiting for SearchService");
        return 1;
    }
}
