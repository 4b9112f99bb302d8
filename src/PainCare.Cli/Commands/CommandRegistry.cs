namespace PainCare.Cli.Commands;

/// <summary>Every verb the tool knows. Add one line per verb.</summary>
public static class CommandRegistry
{
    public static IReadOnlyList<ICliCommand> All { get; } =
    [
        new VersionCommand(),
        new BenchCommand(),
        new AllianceCommand(),
        new MigrateCommand(),
        new SqliteBackupCommand(),
        new SqliteRestoreCommand(),
        new TransferCommand(),
        new ReflectCommand(),
        new SeedCommand(),
        new DeidentifyCommand(),
        new EvalCommand(),
    ];
}
