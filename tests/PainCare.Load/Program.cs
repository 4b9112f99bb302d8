using PainCare.Load;

var options = LoadOptions.Parse(args);
if (options is null)
{
    await Console.Error.WriteLineAsync(LoadOptions.Usage);
    return 2;
}

return await new LoadRun(options, Console.Out).RunAsync();
