import { ApiError, isApiError } from '../../../api/client';

/**
 * The same failure with each field item's path or words replaced: a 422 `case_plan_incomplete`
 * gets each gap in the user's words (the server sends English), and a review's `ratings.N` paths
 * become the form's rows. Anything else is returned as it is.
 */
export function mapProblemItems(error: unknown, map: (item: ApiError['errors'][number]) => ApiError['errors'][number]): unknown {
  if (!isApiError(error) || error.errors.length === 0) return error;
  return new ApiError(error.status, error.code, error.detail, error.errors.map(map), error.reason, error.params);
}

/** The gap code of a 422 item: the service's code, or the refinement's reason. */
export const itemCode = (item: ApiError['errors'][number]) =>
  item.code === 'custom' && typeof item.params?.reason === 'string' ? item.params.reason : (item.code ?? '');

export const itemSubject = (item: ApiError['errors'][number]) => (typeof item.params?.subjectId === 'string' ? item.params.subjectId : '');
