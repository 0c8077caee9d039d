namespace SearchPortal.Core.Quotes;

/// <summary>
/// One quoted passage found in one paragraph. <see cref="Key"/> is the dedup key (<see cref="QuoteKey.Normalize"/>);
/// <see cref="Who"/> is empty when nobody is named.
/// </summary>
public sealed record Quote(string Text, string Key, string Who, QuoteKind Kind, QuoteSource Source);
