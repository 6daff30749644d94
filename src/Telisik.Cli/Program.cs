using Telisik.Cli;

return CliApp.Run(args, CliContext.FromConsole());
