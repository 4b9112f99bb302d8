using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace PainCare.Web.Hosting;

public static class LoggingSetup
{
    /// <summary>
    /// Serilog to the console and a daily rolling file under <c>PainCare:LogFolder</c>. Levels and overrides come from the
    /// <c>Serilog</c> section of appsettings. No clinical text is ever passed to a logger: see docs/security.md.
    /// </summary>
    public static Logger AddPainCareLogging(this WebApplicationBuilder builder)
    {
        var folder = builder.Configuration["PainCare:LogFolder"] is { Length: > 0 } configured
            ? configured
            : Path.Combine(builder.Environment.ContentRootPath, "logs");
        var logger = new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            // A console nobody reads fast enough (a full pipe, a paused terminal) must not stall requests: its lines go
            // through a bounded queue, and are dropped rather than waited for when it is full. The file keeps every line.
            .WriteTo.Async(sink => sink.Console(new OneLinePerEventFormatter(OneLinePerEventFormatter.ConsoleTemplate)), bufferSize: 10_000, blockWhenFull: false)
            .WriteTo.File(
                new OneLinePerEventFormatter(OneLinePerEventFormatter.FileTemplate),
                Path.Combine(folder, "paincare-.log"),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 31)
            .CreateLogger();
        // Serilog.AspNetCore: the logger replaces the default providers and brings the DiagnosticContext that
        // UseSerilogRequestLogging needs. Program disposes it last, after its own fatal start-up lines.
        builder.Services.AddSerilog(logger, dispose: false);
        builder.Services.AddSingleton<Serilog.ILogger>(logger);
        return logger;
    }
}
