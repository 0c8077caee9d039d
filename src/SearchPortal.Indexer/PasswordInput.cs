using Spectre.Console;

namespace SearchPortal.Indexer;

/// <summary>
/// A password from standard input, never from an argument (arguments show in `ps` and in shell history): the first line
/// when input is piped, otherwise typed twice at a hidden prompt.
/// </summary>
public static class PasswordInput
{
    public static string? Read(TextReader input, bool redirected)
    {
        if (redirected) return input.ReadLine()?.TrimEnd('\r');
        var first = AnsiConsole.Prompt(new TextPrompt<string>("密码 (password):").Secret());
        var second = AnsiConsole.Prompt(new TextPrompt<string>("再输一次 (again):").Secret());
        return first == second ? first : null;
    }
}
