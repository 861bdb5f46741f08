/**
 * Version of the model's behaviour. Bump the minor version when the same scenario and seed
 * would give different numbers; links and CLI output carry it so old results can be told apart.
 */
export const MODEL_VERSION = '1.0.0';
