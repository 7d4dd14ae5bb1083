namespace Monitoring.Simulator.Report;

/// <summary>Prints results as a small Markdown table, ready to paste into docs/benchmarks.md.</summary>
internal static class Table
{
    public static void Print(string title, IReadOnlyList<(string Name, string Value)> rows)
    {
        var width = Math.Max(6, rows.Max(r => r.Name.Length));
        var valueWidth = Math.Max(5, rows.Max(r => r.Value.Length));
        Console.WriteLine();
        Console.WriteLine($"### {title}");
        Console.WriteLine($"| {"metric".PadRight(width)} | {"value".PadLeft(valueWidth)} |");
        Console.WriteLine($"|{new string('-', width + 2)}|{new string('-', valueWidth + 1)}:|");
        foreach (var (name, value) in rows)
        {
            Console.WriteLine($"| {name.PadRight(width)} | {value.PadLeft(valueWidth)} |");
        }
    }
}
