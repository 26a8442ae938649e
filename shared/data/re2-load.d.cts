/** Types of re2-load.cjs: the RE2JS class of re2js, loaded on the first call. */
export declare function loadRe2(): typeof import('re2js').RE2JS;
