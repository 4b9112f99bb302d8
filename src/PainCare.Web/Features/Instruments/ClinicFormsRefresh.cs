using System.Data.Common;

namespace PainCare.Web.Features.Instruments;

/// <summary>Picks up rating forms enabled or chosen on another node (PostgreSQL clinics that run several).</summary>
public sealed class ClinicFormsRefresh(ClinicForms forms, ILogger<ClinicFormsRefresh> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(ClinicForms.RefreshInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await forms.RefreshAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is DbException or TimeoutException or InvalidOperationException { InnerException: DbException })
            {
                logger.LogWarning("Could not read the clinic's rating forms; trying again in a minute: {Problem}", ex.GetType().Name);
            }
        }
    }
}
