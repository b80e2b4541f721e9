import type { Violation } from '../../domain/catalog/consistency';
import { AppError } from '../../errors';

/**
 * The catalogue rules' violations as one VALIDATION_FAILED error: every problem at once (一次性告知 applies to
 * editors too), each detail's path is the field prefixed by where it came from, its message names the rule's code.
 */
export function violationsError(violations: Violation[], prefix: string): AppError {
  return new AppError(
    'VALIDATION_FAILED',
    `有${violations.length}处不符合事项要素规范，请修改后重试`,
    violations.map((v) => ({ path: `${prefix}.${v.field}`, message: `${v.message}（${v.code}）` })),
  );
}
