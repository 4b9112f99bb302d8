using System.Text.RegularExpressions;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// Ages in a table whose header names the column ("| resident | age | mobility |", "surname,age,bay", "Player | Age | Squad"): the
/// figure under "Age" is an exact age, though nothing in its own cell says so ("| 57 |", "| thirty-one |").
/// </summary>
internal sealed partial class TableAgeRecogniser : IRecogniser
{
    public void Recognise(ScanContext context, List<Candidate> candidates)
    {
        var text = context.Text;
        if (text.IndexOf('|') < 0 && text.IndexOf(',') < 0)
        {
            return;
        }

        (char Separator, int Column, int Cells)? header = null;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            AddRowLabelled(candidates, lineStart, line);
            if (header is { } h && line.Count(h.Separator) is var n && Math.Abs(n - h.Cells) <= 1 && n > 0)
            {
                AddCell(candidates, lineStart, line, h.Separator, h.Column);
            }
            else
            {
                header = HeaderOf(line);
            }

            lineStart = lineEnd + 1;
        }
    }

    /// <summary>"| Age | 58 |": a row whose first cell names the age and whose next cell gives it.</summary>
    private static void AddRowLabelled(List<Candidate> candidates, int lineStart, ReadOnlySpan<char> line)
    {
        if (line.IndexOf('|') < 0)
        {
            return;
        }

        var labelSeen = false;
        foreach (var range in line.Split('|'))
        {
            var cell = line[range];
            if (labelSeen)
            {
                AddAge(candidates, lineStart + range.Start.Value, cell);
                return;
            }

            labelSeen = AgeHeader().IsMatch(cell);
        }
    }

    private static (char, int, int)? HeaderOf(ReadOnlySpan<char> line)
    {
        foreach (var separator in (ReadOnlySpan<char>)['|', ',', '\t'])
        {
            var cells = line.Count(separator);
            if (cells < (separator == '|' ? 1 : 2))
            {
                continue;
            }

            var column = 0;
            foreach (var range in line.Split(separator))
            {
                if (AgeHeader().IsMatch(line[range]))
                {
                    return (separator, column, cells);
                }

                column++;
            }
        }

        return null;
    }

    private static void AddCell(List<Candidate> candidates, int lineStart, ReadOnlySpan<char> line, char separator, int column)
    {
        var index = 0;
        foreach (var range in line.Split(separator))
        {
            if (index++ != column)
            {
                continue;
            }

            AddAge(candidates, lineStart + range.Start.Value, line[range]);
            return;
        }
    }

    /// <summary>The age a cell holds, if it holds nothing else; the cell starts at <paramref name="cellStart"/> in the text.</summary>
    private static void AddAge(List<Candidate> candidates, int cellStart, ReadOnlySpan<char> cell)
    {
        if (AgeCell().Match(cell.ToString()) is { Success: true } m)
        {
            var n = m.Groups["n"];
            var start = cellStart + n.Index;
            candidates.Add(new Candidate(start, start + m.Length - n.Index, CandidateKind.Age, Categories.Age, Priorities.Pattern,
                new AgeValue(NumberWords.Parse(n.Value), false, "their", Bare: true)));
        }
    }

    [GeneratedRegex(@"^\s*(?i:age|age\s*\((?:y|yrs|years)\)|age\s*/\s*sex|yrs|years)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex AgeHeader();

    [GeneratedRegex(@"^\s*(?<n>\d{1,3}|" + NumberWords.Pattern + @")(?:\s?(?:y|yrs?|years|yo)\.?)?(?=\s*(?:/?\s*[MF])?\s*$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AgeCell();
}
