/** Findings (工作成效 / 存在问题 / 工作要求), the statistics they quote, and rectification items (整改). */
package com.pingyi.evaluation.domain.finding;
