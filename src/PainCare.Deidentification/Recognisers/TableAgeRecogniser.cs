using System.Text.RegularExpressions;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// Ages in a table whose header names the column ("| who | age | note |"): the figure under "Age" is an exact age, though
/// nothing in its own cell says so.
/// </summary>
internal sealed partial class TableAgeRecogniser : IRecogniser
{
    public void Recognise(ScanContext context, List<Candidate> candidates)
    {
        var text = context.Text;
        if (!text.Contains('|'))
        {
            return;
        }

        var ageColumn = -1;
        for (var lineStart = 0; lineStart < text.Length;)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            var cells = Cells(text, lineStart, lineEnd);
            if (cells.Count < 2)
            {
                ageColumn = -1;
            }
            else if (ageColumn < 0)
            {
                ageColumn = cells.FindIndex(c => AgeHeader().IsMatch(text.AsSpan(c.Start, c.End - c.Start)));
            }
            else if (ageColumn < cells.Count && AgeCell().Match(text, cells[ageColumn].Start, cells[ageColumn].End - cells[ageColumn].Start) is { Success: true } cell)
            {
                var n = cell.Groups["n"];
                candidates.Add(new Candidate(n.Index, n.Index + n.Length, CandidateKind.Age, Categories.Age, Priorities.Pattern,
                    new AgeValue(int.Parse(n.ValueSpan), false, "their", Bare: true)));
            }

            lineStart = lineEnd + 1;
        }
    }

    /// <summary>The cells of a line written as "| a | b |", as start and end offsets; none for any other line.</summary>
    private static List<(int Start, int End)> Cells(string text, int lineStart, int lineEnd)
    {
        var cells = new List<(int Start, int End)>();
        var first = text.IndexOf('|', lineStart, lineEnd - lineStart);
        if (first < 0 || !text.AsSpan(lineStart, first - lineStart).IsWhiteSpace())
        {
            return cells;
        }

        for (var from = first + 1; from < lineEnd;)
        {
            var bar = text.IndexOf('|', from, lineEnd - from);
            if (bar < 0)
            {
                break;
            }

            cells.Add((from, bar));
            from = bar + 1;
        }

        return cells;
    }

    [GeneratedRegex(@"\A\s*(?i:age|aged|age \(y(?:ea)?rs?\)|age \(y\))\s*\z", RegexOptions.CultureInvariant)]
    private static partial Regex AgeHeader();

    [GeneratedRegex(@"\G\s*(?<n>\d{1,3})\s*(?:y|yo|yrs|years)?\s*(?=\z|$)", RegexOptions.CultureInvariant)]
    private static partial Regex AgeCell();
}
