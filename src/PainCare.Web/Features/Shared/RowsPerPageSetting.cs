using System.Globalization;
using Microsoft.JSInterop;

namespace PainCare.Web.Features.Shared;

/// <summary>
/// How many rows a paged list shows (ADR 0420): 25 unless the reader picked 10, 50 or 100, remembered per list in this
/// browser's local storage. Only the number is stored, never anything from the list.
/// </summary>
public static class RowsPerPageSetting
{
    public const int Default = 25;

    public static readonly int[] Choices = [10, 25, 50, 100];

    public static bool TryParse(string? value, out int rows) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out rows) && Choices.Contains(rows);

    /// <summary>The reader's earlier choice for this list, or null when there is none (or storage is unavailable).</summary>
    public static async Task<int?> ReadAsync(IJSRuntime js, string list)
    {
        try
        {
            return TryParse(await js.InvokeAsync<string?>("localStorage.getItem", Key(list)), out var rows) ? rows : null;
        }
        catch (JSException)
        {
            return null;
        }
    }

    public static async Task SaveAsync(IJSRuntime js, string list, int rows)
    {
        try
        {
            await js.InvokeVoidAsync("localStorage.setItem", Key(list), rows.ToString(CultureInfo.InvariantCulture));
        }
        catch (JSException)
        {
            // Storage disabled or full: the choice then lasts for this page only.
        }
    }

    private static string Key(string list) => $"paincare:rows-per-page:{list}";
}
