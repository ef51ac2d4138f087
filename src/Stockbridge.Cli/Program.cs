using Stockbridge.Cli;

return await StockbridgeCommand.Create().Parse(args).InvokeAsync();
