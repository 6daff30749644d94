using Telisik.Eval.Figures;

return EvalCommand.Run(args);
